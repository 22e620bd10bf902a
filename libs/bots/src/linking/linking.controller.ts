import { Body, Controller, Delete, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Policy, SubjectUserId } from '@welness/platform';
import { RemindersService } from '../reminders/reminders.service';
import { TelegramBot } from '../telegram/telegram.bot';
import { TelegramLinkCodeDto, TelegramLinkStatusDto, TelegramRemindersDto } from './linking.dto';
import { LinkingService } from './linking.service';

/** The web side of Telegram: link codes, link status, unlink, meal reminders. */
@ApiTags('bots')
@ApiBearerAuth('bearer')
@Controller('bots/telegram')
export class TelegramLinkController {
  constructor(
    private readonly linking: LinkingService,
    private readonly reminders: RemindersService,
    private readonly telegram: TelegramBot,
  ) {}

  @Post('link-code')
  @Policy('owner')
  @ApiCreatedResponse({ type: TelegramLinkCodeDto })
  async code(@SubjectUserId() userId: string): Promise<TelegramLinkCodeDto> {
    const c = await this.linking.createCode(userId);
    return { code: c.code, deepLink: c.deepLink, expiresAt: c.expiresAt.toISOString() };
  }

  @Get('link')
  @Policy('owner')
  @ApiOkResponse({ type: TelegramLinkStatusDto })
  async status(@SubjectUserId() userId: string): Promise<TelegramLinkStatusDto> {
    const chat = await this.linking.chatOfUser(userId);
    return {
      enabled: this.telegram.enabled,
      linked: !!chat,
      linkedAt: chat?.linkedAt?.toISOString() ?? null,
      language: chat?.language ?? null,
      mealReminders: chat?.mealReminders ?? [],
    };
  }

  @Delete('link')
  @Policy('owner')
  @HttpCode(204)
  @ApiNoContentResponse()
  async unlink(@SubjectUserId() userId: string): Promise<void> {
    const chat = await this.linking.chatOfUser(userId);
    if (!chat) return;
    await this.reminders.cancel(userId, chat.mealReminders);
    await this.linking.unlinkUser(userId);
  }

  @Put('reminders')
  @Policy('owner')
  @ApiOkResponse({ type: TelegramRemindersDto })
  async setReminders(@SubjectUserId() userId: string, @Body() dto: TelegramRemindersDto): Promise<TelegramRemindersDto> {
    return { mealReminders: await this.reminders.setMealReminders(userId, dto.mealReminders) };
  }
}
