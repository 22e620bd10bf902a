import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AgentToolAuditEntity } from './tool-audit.entity';

export type ToolAuditRow = Omit<AgentToolAuditEntity, 'id' | 'createdAt' | 'args'> & { args: object };

/** The audit trail of every tool call an agent made. */
@Injectable()
export class ToolAuditRepository {
  constructor(
    @InjectRepository(AgentToolAuditEntity) private readonly audit: Repository<AgentToolAuditEntity>,
  ) {}

  async insert(row: ToolAuditRow): Promise<void> {
    await this.audit.insert(row);
  }
}
