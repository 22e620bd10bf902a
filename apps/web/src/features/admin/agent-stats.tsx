import { useTranslation } from 'react-i18next';
import type { Agent } from '../../api/admin.api';
import { ErrorState, Loading } from '../../components/states';
import { useAgentStats } from '../../hooks/use-admin';
import { useFormat } from '../../i18n/format';
import './admin.strings';

/** What one agent has done: conversations, replies, tokens, tools, feedback and reply time. */
export function AgentStats({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const f = useFormat();
  const stats = useAgentStats(agent.id);
  const s = stats.data;
  const rows: [string, string][] = s
    ? [
        ['conversations', f.number(s.conversations)],
        ['replies', f.number(s.assistantMessages)],
        ['tokensIn', f.number(s.tokensIn)],
        ['tokensOut', f.number(s.tokensOut)],
        ['toolCalls', f.number(s.toolCalls)],
        ['toolErrors', f.number(s.toolErrors)],
        ['thumbsUp', f.number(s.thumbsUp)],
        ['thumbsDown', f.number(s.thumbsDown)],
        ['latency', s.medianLatencyMs === null ? t('adminConsole.agents.unknown') : t('adminConsole.agents.ms', { value: f.number(s.medianLatencyMs) })],
      ]
    : [];
  const engines = s ? Object.entries(s.byEngine) : [];
  return (
    <section className="card stack" aria-labelledby="agent-stats-title">
      <h2 id="agent-stats-title">{t('adminConsole.agents.stats', { name: agent.name })}</h2>
      {stats.isPending && <Loading />}
      {stats.isError && <ErrorState onRetry={() => void stats.refetch()} />}
      {s && (
        <>
          <dl className="stats" data-testid="agent-stats">
            {rows.map(([key, value]) => (
              <div key={key}>
                <dt>{t(`adminConsole.agents.statLabels.${key}`)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p data-testid="agent-engines">
            {engines.length
              ? t('adminConsole.agents.byEngine', {
                  list: engines.map(([engine, n]) => `${t(`adminConsole.agents.engines.${engine}`, { defaultValue: engine })} ${f.number(n)}`).join(', '),
                })
              : t('adminConsole.agents.noReplies')}
          </p>
        </>
      )}
    </section>
  );
}
