// The test helpers' public surface (fixture).
export const createTestApp = (): string => 'test app';
