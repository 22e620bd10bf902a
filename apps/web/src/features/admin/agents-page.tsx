import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useAgents } from '../../hooks/use-admin';
import { useFormat } from '../../i18n/format';
import { AdminNav } from './admin-nav';
import { AgentForm } from './agent-form';
import { AgentStats } from './agent-stats';
import './admin.strings';

/** Agent configurations: pick one to see its use and change its model, prompt, tools and settings. */
export function AgentsPage() {
  const { t } = useTranslation();
  const f = useFormat();
  const agents = useAgents();
  const [chosen, setChosen] = useState<string | null>(null);
  const agent = agents.data?.find((a) => a.id === chosen) ?? agents.data?.[0];
  return (
    <div className="stack">
      <section className="card stack" aria-labelledby="agents-title">
        <h1 id="agents-title">{t('adminConsole.agents.title')}</h1>
        <AdminNav />
        <p className="hint">{t('adminConsole.agents.intro')}</p>
        {agents.isPending && <Loading />}
        {agents.isError && <ErrorState onRetry={() => void agents.refetch()} />}
        {agents.data?.length === 0 && <Empty>{t('adminConsole.agents.none')}</Empty>}
        <ul className="agent-list" data-testid="agent-list">
          {agents.data?.map((a) => (
            <li key={a.id}>
              <button type="button" className="btn" aria-pressed={a.id === agent?.id} onClick={() => setChosen(a.id)}>
                <strong>{a.name}</strong> <small>({a.slug})</small>
                {a.isDefault && <span className="pill"> {t('adminConsole.agents.default')}</span>}
                {!a.enabled && <span className="pill"> {t('adminConsole.agents.disabled')}</span>}
                <small className="block" data-testid={`agent-summary-${a.slug}`}>
                  {t('adminConsole.agents.summary', {
                    engine: t(`adminConsole.agents.engines.${a.engine}`),
                    model: a.model ?? t('adminConsole.agents.serverModel'),
                    temperature: f.number(a.temperature, 2),
                  })}
                </small>
              </button>
            </li>
          ))}
        </ul>
      </section>
      {agent && (
        <>
          <AgentStats agent={agent} />
          {/* Keyed by the agent: choosing another starts its form from what is stored. */}
          <AgentForm key={agent.id} agent={agent} />
        </>
      )}
    </div>
  );
}
