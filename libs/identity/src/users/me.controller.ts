import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy } from '@welness/platform';
import { MeDto, UpdateMeDto } from './me.dto';
import { UsersService } from './users.service';

@ApiTags('me')
@ApiBearerAuth('bearer')
@Controller('me')
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Policy('owner')
  @ApiOkResponse({ type: MeDto })
  async get(@CurrentUser() user: AuthenticatedUser): Promise<MeDto> {
    return MeDto.from(await this.users.get(user.id));
  }

  @Patch()
  @Policy('owner')
  @ApiOkResponse({ type: MeDto })
  async update(@CurrentUser() user: AuthenticatedUser, @Body() dto: UpdateMeDto): Promise<MeDto> {
    return MeDto.from(await this.users.updateProfile(user.id, dto));
  }
}
