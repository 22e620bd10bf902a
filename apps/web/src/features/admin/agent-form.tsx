import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agent, AgentUpdate } from '../../api/admin.api';
import { check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { useUpdateAgent } from '../../hooks/use-admin';
import { useValidation } from '../../hooks/use-validation';
import { Field } from '../auth/auth-form';
import './admin.strings';

const limit = (field: string) => limitOf('UpdateAgentConfigDto', field);
const URL_PATTERN = /^https?:\/\/[^\s/]+/i;

/** Model, endpoint, system prompt, temperature, reply length, tools and on/off of one agent. */
export function AgentForm({ agent }: { agent: Agent }) {
  const { t } = useTranslation();
  const say = useValidation();
  const save = useUpdateAgent();
  const [name, setName] = useState(agent.name);
  const [model, setModel] = useState(agent.model ?? '');
  const [baseUrl, setBaseUrl] = useState(agent.baseUrl ?? '');
  const [persona, setPersona] = useState(agent.persona);
  const [temperature, setTemperature] = useState(String(Math.round(agent.temperature * 100) / 100)); // stored as a 32-bit real
  const [maxTokens, setMaxTokens] = useState(String(agent.maxTokens));
  const [tools, setTools] = useState(new Set(agent.enabledTools));
  const [enabled, setEnabled] = useState(agent.enabled);
  const [tried, setTried] = useState(false);
  const checks = {
    name: check(limit('name'), name, 'text'),
    model: check(limit('model'), model, 'text', false),
    baseUrl: baseUrl.trim() && !URL_PATTERN.test(baseUrl.trim()) ? ({ key: 'invalid' } as const) : null,
    persona: check(limit('persona'), persona, 'text'),
    temperature: check(limit('temperature'), temperature, 'number'),
    maxTokens: check(limit('maxTokens'), maxTokens, 'number') ?? (/^\d+$/.test(maxTokens.trim()) ? null : ({ key: 'number' } as const)),
  };
  const server = serverFieldErrors(save.error);
  const error = (field: keyof typeof checks) => {
    if (field === 'baseUrl' && tried && checks.baseUrl) return t('adminConsole.agents.baseUrlInvalid');
    return tried ? say(checks[field], server[field]) : say(server[field]);
  };
  const toggleTool = (tool: string) => {
    const next = new Set(tools);
    if (next.has(tool)) next.delete(tool);
    else next.add(tool);
    setTools(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (Object.values(checks).some(Boolean)) return;
    const typed: AgentUpdate = {
      name: name.trim(),
      model: model.trim() || null,
      baseUrl: baseUrl.trim() || null,
      persona,
      temperature: Number(temperature.replace(',', '.')),
      maxTokens: Number(maxTokens),
      enabledTools: agent.availableTools.filter((tool) => tools.has(tool)),
      enabled,
    };
    // Only what changed is sent, so the audit log names exactly the fields that were edited.
    const same = (k: keyof AgentUpdate) =>
      k === 'enabledTools'
        ? [...agent.enabledTools].sort().join() === [...(typed.enabledTools ?? [])].sort().join()
        : k === 'temperature'
          ? Math.abs(agent.temperature - (typed.temperature ?? 0)) < 1e-6
          : JSON.stringify(agent[k]) === JSON.stringify(typed[k]);
    const body = Object.fromEntries(Object.entries(typed).filter(([k]) => !same(k as keyof AgentUpdate))) as AgentUpdate;
    save.mutate({ id: agent.id, body });
  };
  return (
    <section className="card" aria-labelledby="agent-form-title">
      <h2 id="agent-form-title">{t('adminConsole.agents.edit', { name: agent.name })}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <div className="grid-2">
          <Field label={t('adminConsole.agents.name')} error={error('name')}>
            {(p) => <input {...p} {...inputLimits(limit('name'))} value={name} onChange={(e) => setName(e.target.value)} />}
          </Field>
          <Field label={t('adminConsole.agents.model')} hint={t('adminConsole.agents.modelHint')} error={error('model')}>
            {(p) => <input {...p} {...inputLimits(limit('model'))} value={model} onChange={(e) => setModel(e.target.value)} />}
          </Field>
          <Field label={t('adminConsole.agents.baseUrl')} hint={t('adminConsole.agents.baseUrlHint')} error={error('baseUrl')}>
            {(p) => <input {...p} type="url" inputMode="url" value={baseUrl} onChange={(e) => setBaseUrl(e.target.value)} />}
          </Field>
          <Field label={t('adminConsole.agents.temperature')} hint={t('adminConsole.agents.temperatureHint')} error={error('temperature')}>
            {(p) => <input {...p} type="number" inputMode="decimal" step={0.1} {...inputLimits(limit('temperature'))} value={temperature} onChange={(e) => setTemperature(e.target.value)} />}
          </Field>
          <Field label={t('adminConsole.agents.maxTokens')} error={error('maxTokens')}>
            {(p) => <input {...p} type="number" inputMode="numeric" step={1} {...inputLimits(limit('maxTokens'))} value={maxTokens} onChange={(e) => setMaxTokens(e.target.value)} />}
          </Field>
        </div>
        <Field label={t('adminConsole.agents.persona')} error={error('persona')}>
          {(p) => <textarea {...p} rows={6} {...inputLimits(limit('persona'))} value={persona} onChange={(e) => setPersona(e.target.value)} />}
        </Field>
        <fieldset>
          <legend>{t('adminConsole.agents.tools')}</legend>
          <p className="hint">{t('adminConsole.agents.toolsHint')}</p>
          <div className="tool-grid">
            {agent.availableTools.map((tool) => (
              <label key={tool} className="check">
                <input type="checkbox" checked={tools.has(tool)} onChange={() => toggleTool(tool)} />
                <code>{tool}</code>
              </label>
            ))}
          </div>
        </fieldset>
        <label className="check">
          <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} disabled={agent.isDefault} />
          {t('adminConsole.agents.enabled')}
        </label>
        <div>
          <button type="submit" className="btn primary" disabled={save.isPending}>
            {t('adminConsole.agents.save')}
          </button>
        </div>
        {save.isError && (
          <p role="alert" className="bad">
            {Object.keys(server).length ? t('validation.fix') : save.error.message || t('state.error')}
          </p>
        )}
        {save.isSuccess && (
          <p role="status" className="ok">
            {t('adminConsole.agents.saved')}
          </p>
        )}
      </form>
    </section>
  );
}
