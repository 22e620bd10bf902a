import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId } from '@welness/platform';
import type { FastifyReply } from 'fastify';
import {
  ConversationDto,
  ConversationListDto,
  CreateConversationDto,
  CreatedConversationDto,
  FeedbackDto,
  FeedbackResultDto,
  ListQueryDto,
  MessageDto,
  MessageListDto,
  SendMessageDto,
  TurnReplyDto,
} from './conversation.dto';
import { ConversationService } from './conversation.service';
import { NullSink, SseSink } from './sse.sink';
import { TurnResult, TurnService } from './turn.service';

const toReply = (r: TurnResult): TurnReplyDto => ({
  conversationId: r.conversationId,
  userMessageId: r.userMessageId,
  message: MessageDto.from(r.message),
  engine: r.engine,
  safety: r.safety,
  toolCalls: r.toolCalls,
});

@ApiTags('agents')
@ApiBearerAuth('bearer')
@Controller('agents/conversations')
export class ConversationController {
  constructor(
    private readonly conversations: ConversationService,
    private readonly turns: TurnService,
  ) {}

  @Post()
  @Policy('owner')
  @ApiCreatedResponse({ type: CreatedConversationDto })
  async create(
    @SubjectUserId() userId: string,
    @Body() dto: CreateConversationDto,
  ): Promise<CreatedConversationDto> {
    const { conversation, messages } = await this.conversations.create(userId, dto);
    return { ...ConversationDto.from(conversation), messages: messages.map((m) => MessageDto.from(m)) };
  }

  @Get()
  @Policy('owner')
  @ApiOkResponse({ type: ConversationListDto })
  async list(@SubjectUserId() userId: string, @Query() q: ListQueryDto): Promise<ConversationListDto> {
    const page = await this.conversations.list(userId, q.limit ?? 20, q.cursor ?? null);
    return { items: page.items.map((c) => ConversationDto.from(c)), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @Policy('owner')
  @ApiOkResponse({ type: ConversationDto })
  async get(
    @SubjectUserId() userId: string,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ConversationDto> {
    return ConversationDto.from(await this.conversations.get(userId, id));
  }

  @Get(':id/messages')
  @Policy('owner')
  @ApiOkResponse({ type: MessageListDto })
  async history(
    @SubjectUserId() userId: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() q: ListQueryDto,
  ): Promise<MessageListDto> {
    const page = await this.conversations.messages(userId, id, q.limit ?? 50, q.cursor ?? null);
    return { items: page.items.map((m) => MessageDto.from(m)), nextCursor: page.nextCursor };
  }

  /**
   * JSON by default; with `Accept: text/event-stream` an SSE stream of token, tool_call,
   * tool_result (and reset) events, then `done` carrying the same body as the JSON answer.
   */
  @Post(':id/messages')
  @Policy('owner')
  @HttpCode(200)
  @ApiProduces('application/json', 'text/event-stream')
  @ApiOkResponse({ type: TurnReplyDto })
  async send(
    @SubjectUserId() userId: string,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: SendMessageDto,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TurnReplyDto | void> {
    if (!accept?.includes('text/event-stream'))
      return toReply(await this.turns.run(userId, id, dto.text, new NullSink()));
    // Ownership is checked before the stream opens, so a wrong id still answers 404 problem+json.
    await this.conversations.get(userId, id);
    const sink = new SseSink(reply.raw);
    reply.hijack();
    sink.open();
    try {
      sink.send('done', toReply(await this.turns.run(userId, id, dto.text, sink)));
    } catch (err) {
      sink.send('error', {
        title: 'The reply failed',
        detail: err instanceof Error && 'status' in err ? err.message : 'Nothing was saved; please retry.',
      });
    } finally {
      sink.end();
    }
  }

  @Put(':id/messages/:messageId/feedback')
  @Policy('owner')
  @ApiOkResponse({ type: FeedbackResultDto })
  async feedback(
    @SubjectUserId() userId: string,
    @Param('id', new ParseUUIDPipe()) _id: string,
    @Param('messageId', new ParseUUIDPipe()) messageId: string,
    @Body() dto: FeedbackDto,
  ): Promise<FeedbackResultDto> {
    const fb = await this.conversations.feedback(userId, messageId, dto.rating, dto.comment ?? null);
    return { messageId: fb.messageId, rating: fb.rating, comment: fb.comment };
  }
}
