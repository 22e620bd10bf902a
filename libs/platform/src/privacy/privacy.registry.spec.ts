import { PrivacyRegistry } from './privacy.registry';

describe('PrivacyRegistry', () => {
  it('erases modules last-registered first, then drops derived data, which the export leaves out', async () => {
    const steps: string[] = [];
    const registry = new PrivacyRegistry();
    for (const module of ['identity', 'goals', 'meals']) {
      registry.register({
        module,
        export: async () => ({ module }),
        erase: async (u) => void steps.push(`${module} ${u}`),
      });
    }
    registry.afterErase(async (u) => void steps.push(`summary cache ${u}`));
    expect(await registry.eraseAll('u1')).toEqual(['meals', 'goals', 'identity']);
    expect(steps).toEqual(['meals u1', 'goals u1', 'identity u1', 'summary cache u1']);
    expect(Object.keys(await registry.exportAll('u1'))).toEqual(['identity', 'goals', 'meals']);
  });
});
