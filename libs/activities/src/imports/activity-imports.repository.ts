import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ActivityImport, ImportKind } from './activity-import.entity';

export type ImportChange = Partial<Omit<ActivityImport, 'id' | 'userId' | 'kind' | 'filePath' | 'bytesTotal' | 'createdAt'>>;

/** Activity import runs: one row per uploaded file, updated as its job progresses. */
@Injectable()
export class ActivityImportsRepository {
  constructor(@InjectRepository(ActivityImport) private readonly imports: Repository<ActivityImport>) {}

  insertQueued(row: {
    userId: string;
    kind: ImportKind;
    filePath: string;
    bytesTotal: number;
  }): Promise<ActivityImport> {
    return this.imports.save(this.imports.create({ ...row, status: 'queued' }));
  }

  find(id: string): Promise<ActivityImport | null> {
    return this.imports.findOne({ where: { id } });
  }

  findOwned(userId: string, id: string): Promise<ActivityImport | null> {
    return this.imports.findOne({ where: { userId, id } });
  }

  /** The user's latest imports, newest first. */
  latest(userId: string, limit: number): Promise<ActivityImport[]> {
    return this.imports.find({ where: { userId }, order: { createdAt: 'DESC' }, take: limit });
  }

  listAll(userId: string): Promise<ActivityImport[]> {
    return this.imports.find({ where: { userId } });
  }

  async update(id: string, change: ImportChange): Promise<void> {
    await this.imports.update(id, change);
  }

  async delete(id: string): Promise<void> {
    await this.imports.delete(id);
  }

  async erase(userId: string): Promise<void> {
    await this.imports.delete({ userId });
  }
}
