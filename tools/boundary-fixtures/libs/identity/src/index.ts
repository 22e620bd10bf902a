export const identityApi = 1;
