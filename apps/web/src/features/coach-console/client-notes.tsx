import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoachNote } from '../../api/coach.api';
import { check, inputLimits, limitOf, serverFieldErrors } from '../../api/limits';
import { Empty, ErrorState, Loading } from '../../components/states';
import { useAddNote, useClientNotes, useDeleteNote, useUpdateNote } from '../../hooks/use-coaching';
import { useValidation } from '../../hooks/use-validation';
import { useFormat } from '../../i18n/format';
import { Field } from '../auth/auth-form';
import './coach-console.strings';

const NOTE_LIMIT = limitOf('NoteBodyDto', 'body');

/** The coach's private notes on a client: written, edited and deleted here, encrypted by the API. */
export function ClientNotes({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const say = useValidation();
  const notes = useClientNotes(userId);
  const add = useAddNote(userId);
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const invalid = check(NOTE_LIMIT, text, 'text');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (invalid) return;
    add.mutate(text.trim(), {
      onSuccess: () => {
        setText('');
        setTried(false);
      },
    });
  };
  return (
    <section className="card stack" aria-labelledby="client-notes-title">
      <h2 id="client-notes-title">{t('coachTools.notes.title', { name })}</h2>
      <p className="hint">{t('coachTools.notes.hint')}</p>
      <form className="stack" onSubmit={submit} noValidate>
        <Field label={t('coachTools.notes.new')} error={tried ? say(invalid, serverFieldErrors(add.error).body) : null}>
          {(p) => <textarea {...p} rows={3} {...inputLimits(NOTE_LIMIT)} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <div>
          <button type="submit" className="btn primary" disabled={add.isPending}>
            {t('coachTools.notes.add')}
          </button>
        </div>
        {add.isError && !serverFieldErrors(add.error).body && (
          <p role="alert" className="bad">
            {add.error.message || t('state.error')}
          </p>
        )}
        {add.isSuccess && <p role="status">{t('coachTools.notes.saved')}</p>}
      </form>
      {notes.isPending && <Loading />}
      {notes.isError && <ErrorState onRetry={() => void notes.refetch()} />}
      {notes.data?.length === 0 && <Empty>{t('coachTools.notes.none')}</Empty>}
      {notes.data && notes.data.length > 0 && (
        <ul className="notes-list" aria-label={t('coachTools.notes.list', { name })} data-testid="client-notes">
          {notes.data.map((n) => (
            <NoteItem key={n.id} userId={userId} note={n} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NoteItem({ userId, note }: { userId: string; note: CoachNote }) {
  const { t } = useTranslation();
  const f = useFormat();
  const say = useValidation();
  const update = useUpdateNote(userId);
  const remove = useDeleteNote(userId);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(note.body);
  const when = f.date(note.createdAt, { dateStyle: 'medium', timeStyle: 'short' });
  const invalid = check(NOTE_LIMIT, text, 'text');
  const save = (e: FormEvent) => {
    e.preventDefault();
    if (invalid) return;
    update.mutate({ id: note.id, body: text.trim() }, { onSuccess: () => setEditing(false) });
  };
  const confirmRemove = () => {
    if (window.confirm(t('coachTools.notes.confirmRemove'))) remove.mutate(note.id);
  };
  if (editing) {
    return (
      <li>
        <form className="stack" onSubmit={save} noValidate>
          <Field label={t('coachTools.notes.text')} error={say(invalid, serverFieldErrors(update.error).body)}>
            {(p) => <textarea {...p} rows={3} {...inputLimits(NOTE_LIMIT)} value={text} onChange={(e) => setText(e.target.value)} autoFocus />}
          </Field>
          <div className="row">
            <button type="submit" className="btn primary" disabled={update.isPending}>
              {t('coachTools.notes.save')}
            </button>
            <button
              type="button"
              className="btn"
              onClick={() => {
                setText(note.body);
                setEditing(false);
              }}
            >
              {t('coachTools.notes.cancel')}
            </button>
          </div>
        </form>
      </li>
    );
  }
  return (
    <li>
      <p className="note-body">{note.body}</p>
      <small className="block">
        {t('coachTools.notes.written', { date: when })}
        {note.updatedAt !== note.createdAt && ` · ${t('coachTools.notes.edited', { date: f.date(note.updatedAt, { dateStyle: 'medium', timeStyle: 'short' }) })}`}
      </small>
      <div className="row">
        <button type="button" className="btn small" onClick={() => setEditing(true)} aria-label={t('coachTools.notes.editNamed', { date: when })}>
          {t('coachTools.notes.edit')}
        </button>
        <button type="button" className="btn small" onClick={confirmRemove} disabled={remove.isPending} aria-label={t('coachTools.notes.removeNamed', { date: when })}>
          {t('coachTools.notes.remove')}
        </button>
      </div>
      {(update.isError || remove.isError) && (
        <p role="alert" className="bad">
          {t('state.error')}
        </p>
      )}
    </li>
  );
}
