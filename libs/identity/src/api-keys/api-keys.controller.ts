import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy, ProblemException } from '@welness/platform';
import { ApiKeyDto, ApiKeyListDto, CreateApiKeyDto, CreatedApiKeyDto } from './api-keys.dto';
import { ApiKeysService } from './api-keys.service';

@ApiTags('api-keys')
@ApiBearerAuth('bearer')
@Controller('me/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @Policy('owner')
  @ApiOkResponse({ type: ApiKeyListDto })
  async list(@CurrentUser() user: AuthenticatedUser): Promise<ApiKeyListDto> {
    return { items: (await this.keys.list(user.id)).map((k) => ApiKeyDto.from(k)) };
  }

  @Post()
  @Policy('owner')
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: CreateApiKeyDto,
  ): Promise<CreatedApiKeyDto> {
    // A leaked key must not be able to mint more keys.
    if (user.via !== 'jwt')
      throw new ProblemException(403, 'forbidden', 'Forbidden', 'API keys cannot create API keys.');
    const { key, row } = await this.keys.create(user.id, dto.name, dto.scopes);
    return { ...ApiKeyDto.from(row), key };
  }

  @Delete(':id')
  @Policy('owner')
  @HttpCode(204)
  @ApiNoContentResponse()
  async revoke(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await this.keys.revoke(user.id, id);
  }
}
