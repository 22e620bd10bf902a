import { Injectable } from '@nestjs/common';
import { EnvelopeCipher, notFound } from '@welness/platform';
import { randomUUID } from 'node:crypto';
import { CoachNote } from './coach-note.entity';
import { CoachNotesRepository } from './coach-notes.repository';

export interface PlainNote {
  id: string;
  clientId: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Private notes; the ciphertext is bound to note, coach and client so rows cannot be swapped. */
@Injectable()
export class CoachNotesService {
  constructor(
    private readonly repo: CoachNotesRepository,
    private readonly cipher: EnvelopeCipher,
  ) {}

  async list(coachId: string, clientId: string): Promise<PlainNote[]> {
    return Promise.all((await this.repo.list(coachId, clientId)).map((n) => this.open(n)));
  }

  async create(coachId: string, clientId: string, body: string): Promise<PlainNote> {
    const id = randomUUID();
    const bodyEnc = await this.cipher.encrypt(body, context(id, coachId, clientId));
    return this.open(await this.repo.create({ id, coachId, clientId, bodyEnc }));
  }

  async update(coachId: string, clientId: string, id: string, body: string): Promise<PlainNote> {
    const note = await this.repo.find(coachId, clientId, id);
    if (!note) throw notFound('Note');
    await this.repo.updateBody(id, await this.cipher.encrypt(body, context(id, coachId, clientId)));
    const updated = await this.repo.find(coachId, clientId, id);
    return this.open(updated as CoachNote);
  }

  async remove(coachId: string, clientId: string, id: string): Promise<void> {
    if (!(await this.repo.find(coachId, clientId, id))) throw notFound('Note');
    await this.repo.delete(id);
  }

  /** For the coach's own data export. */
  async exportByCoach(coachId: string): Promise<PlainNote[]> {
    return Promise.all((await this.repo.listByCoach(coachId)).map((n) => this.open(n)));
  }

  eraseFor(userId: string): Promise<void> {
    return this.repo.deleteForUser(userId);
  }

  private async open(n: CoachNote): Promise<PlainNote> {
    return {
      id: n.id,
      clientId: n.clientId,
      body: await this.cipher.decrypt(n.bodyEnc, context(n.id, n.coachId, n.clientId)),
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
    };
  }
}

const context = (id: string, coachId: string, clientId: string) => `coach_note:${id}:${coachId}:${clientId}`;
