// Built by the welness-api-limits plugin (vite.config.mts) from libs/contracts/openapi.json.
declare module 'virtual:api-limits' {
  const limits: Record<string, Record<string, import('./api/limits').Limit>>;
  export default limits;
}
