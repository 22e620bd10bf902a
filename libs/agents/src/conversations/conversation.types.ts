import type { OnboardingAnswers } from '../onboarding/onboarding.types';

/** A write the agent proposed and waits for the user to confirm ("yes" / "1" / "no"). */
export interface PendingProposal {
  tool: string;
  options: { label: string; args: Record<string, unknown> }[];
  createdAt: string;
}

export interface OnboardingState {
  answers: OnboardingAnswers;
  /** The field the last question asked for, so a bare answer ("34") lands in the right place. */
  asking: string | null;
  completedAt: string | null;
}

export interface ConversationState {
  pending?: PendingProposal | null;
  onboarding?: OnboardingState;
  /** The last message folded into the conversation's rolling summary. */
  summaryThroughSeq?: string | null;
}
