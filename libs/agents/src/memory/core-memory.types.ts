export interface CoreMemoryBlock {
  label: string;
  value: string;
  limit: number;
}

export const CORE_BLOCK_LABELS = ['persona', 'human', 'health_context'] as const;
export type CoreBlockLabel = (typeof CORE_BLOCK_LABELS)[number];
