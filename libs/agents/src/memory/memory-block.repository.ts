import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgentMemoryBlockEntity } from './memory-block.entity';

/** Core memory blocks as recorded in PostgreSQL (Redis holds the hot copy). */
@Injectable()
export class MemoryBlockRepository {
  constructor(
    @InjectRepository(AgentMemoryBlockEntity) private readonly rows: Repository<AgentMemoryBlockEntity>,
  ) {}

  list(userId: string): Promise<AgentMemoryBlockEntity[]> {
    return this.rows.find({ where: { userId } });
  }

  async upsert(userId: string, label: string, value: string, charLimit: number): Promise<void> {
    await this.rows.upsert({ userId, label, value, charLimit }, ['userId', 'label']);
  }

  async erase(userId: string): Promise<void> {
    await this.rows.delete({ userId });
  }
}
