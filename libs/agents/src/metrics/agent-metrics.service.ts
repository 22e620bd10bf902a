import { Injectable } from '@nestjs/common';
import { MetricsService } from '@welness/platform';
import type { Counter, Histogram } from 'prom-client';

/** Agent counters on the process registry: one scrape of /metrics shows tokens, latency, tools, feedback. */
@Injectable()
export class AgentMetrics {
  readonly tokens: Counter<'agent' | 'model' | 'direction'>;
  readonly turns: Counter<'agent' | 'engine' | 'outcome'>;
  readonly turnSeconds: Histogram<'agent' | 'engine'>;
  readonly toolCalls: Counter<'tool' | 'outcome'>;
  readonly feedback: Counter<'agent' | 'rating'>;
  readonly safety: Counter<'category' | 'stage'>;
  readonly modelFailures: Counter<'agent' | 'reason'>;

  constructor(metrics: MetricsService) {
    this.tokens = metrics.counter('agent_tokens_total', 'LLM tokens by agent, model and direction (in/out)', [
      'agent',
      'model',
      'direction',
    ]);
    this.turns = metrics.counter(
      'agent_turns_total',
      'Agent turns by engine (llm/offline/safety) and outcome',
      ['agent', 'engine', 'outcome'],
    );
    this.turnSeconds = metrics.histogram(
      'agent_turn_duration_seconds',
      'Wall time of an agent turn by engine',
      ['agent', 'engine'],
      [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    );
    this.toolCalls = metrics.counter(
      'agent_tool_calls_total',
      'Agent tool calls by tool and outcome (ok/error)',
      ['tool', 'outcome'],
    );
    this.feedback = metrics.counter('agent_feedback_total', 'Thumbs up/down on agent replies', [
      'agent',
      'rating',
    ]);
    this.safety = metrics.counter(
      'agent_safety_interventions_total',
      'Safety policy interventions by category and stage',
      ['category', 'stage'],
    );
    this.modelFailures = metrics.counter(
      'agent_model_failures_total',
      'LLM calls that failed after retries, by reason',
      ['agent', 'reason'],
    );
  }
}
