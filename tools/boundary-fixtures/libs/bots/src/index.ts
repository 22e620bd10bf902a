// A module's public surface (fixture).
export const botsApi = 'bots';
