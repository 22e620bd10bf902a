import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@welness/platform';
import OpenAI from 'openai';
import type { AgentConfigEntity } from '../config/agent-config.entity';

export interface ResolvedModel {
  client: OpenAI;
  model: string;
  endpointKey: string;
}

/**
 * OpenAI SDK clients per endpoint and key. The SDK's own retry does exponential backoff with
 * jitter and honours Retry-After on 429/5xx/timeouts; after it gives up, the endpoint is
 * marked down for a cool-down so the next turns go straight to the offline coach.
 */
@Injectable()
export class LlmClientProvider {
  private readonly clients = new Map<string, OpenAI>();
  private readonly downUntil = new Map<string, number>();
  private readonly keys: Map<string, string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.keys = new Map(
      config.AGENT_LLM_API_KEYS.split(',')
        .map((pair) => pair.trim().split('='))
        .filter((p) => p.length >= 2 && p[0])
        .map(([ref, ...rest]) => [ref.trim(), rest.join('=').trim()] as [string, string]),
    );
  }

  /** The model an agent talks to, or null when none is configured (offline coach). */
  resolve(agent: Pick<AgentConfigEntity, 'baseUrl' | 'model' | 'apiKeyRef'>): ResolvedModel | null {
    const baseURL = agent.baseUrl || this.config.AGENT_LLM_BASE_URL;
    if (!baseURL) return null;
    const apiKey =
      (agent.apiKeyRef ? this.keys.get(agent.apiKeyRef) : undefined) ?? this.config.AGENT_LLM_API_KEY;
    const endpointKey = `${baseURL}|${agent.apiKeyRef ?? ''}`;
    let client = this.clients.get(endpointKey);
    if (!client) {
      client = new OpenAI({
        baseURL,
        // Local servers (Ollama, llama.cpp) accept any key; the SDK insists on one.
        apiKey: apiKey || 'not-needed',
        maxRetries: this.config.AGENT_LLM_MAX_RETRIES,
        timeout: this.config.AGENT_LLM_TIMEOUT_MS,
      });
      this.clients.set(endpointKey, client);
    }
    return { client, model: agent.model || this.config.AGENT_LLM_MODEL, endpointKey };
  }

  isDown(endpointKey: string): boolean {
    return (this.downUntil.get(endpointKey) ?? 0) > Date.now();
  }

  markDown(endpointKey: string): void {
    if (this.config.AGENT_LLM_COOLDOWN_MS > 0)
      this.downUntil.set(endpointKey, Date.now() + this.config.AGENT_LLM_COOLDOWN_MS);
  }

  markUp(endpointKey: string): void {
    this.downUntil.delete(endpointKey);
  }

  knownKeyRefs(): string[] {
    return [...this.keys.keys()];
  }
}
