import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CoachNote } from './coach-note.entity';

@Injectable()
export class CoachNotesRepository {
  constructor(@InjectRepository(CoachNote) private readonly repo: Repository<CoachNote>) {}

  create(row: Pick<CoachNote, 'coachId' | 'clientId' | 'bodyEnc'> & { id?: string }): Promise<CoachNote> {
    return this.repo.save(this.repo.create(row));
  }

  list(coachId: string, clientId: string): Promise<CoachNote[]> {
    return this.repo.find({ where: { coachId, clientId }, order: { createdAt: 'DESC' } });
  }

  find(coachId: string, clientId: string, id: string): Promise<CoachNote | null> {
    return this.repo.findOneBy({ id, coachId, clientId });
  }

  async updateBody(id: string, bodyEnc: string): Promise<void> {
    await this.repo.update({ id }, { bodyEnc });
  }

  async delete(id: string): Promise<void> {
    await this.repo.delete({ id });
  }

  listByCoach(coachId: string): Promise<CoachNote[]> {
    return this.repo.find({ where: { coachId }, order: { createdAt: 'ASC' } });
  }

  async deleteForUser(userId: string): Promise<void> {
    await this.repo.query('DELETE FROM coach_notes WHERE coach_id = $1 OR client_id = $1', [userId]);
  }
}
