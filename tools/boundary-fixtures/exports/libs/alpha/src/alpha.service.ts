export const used = 1;
export const unused = 2;
export interface AlphaView {
  id: string;
}
