import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AuthenticatedUser, CurrentUser, Policy, ProblemException } from '@welness/platform';
import { MfaEnrollmentDto, RecoveryCodesDto, TotpDto } from './mfa.dto';
import { MfaService } from './mfa.service';

const sessionOnly = (u: AuthenticatedUser) => {
  if (u.via !== 'jwt')
    throw new ProblemException(
      403,
      'forbidden',
      'Forbidden',
      'Security settings need a signed-in session, not an API key.',
    );
};

@ApiTags('auth')
@ApiBearerAuth('bearer')
@Controller('auth/mfa')
export class MfaController {
  constructor(private readonly mfa: MfaService) {}

  @Post('enroll')
  @Policy('owner')
  @HttpCode(200)
  @ApiOkResponse({ type: MfaEnrollmentDto })
  enroll(@CurrentUser() user: AuthenticatedUser): Promise<MfaEnrollmentDto> {
    sessionOnly(user);
    return this.mfa.enroll(user.id);
  }

  @Post('confirm')
  @Policy('owner')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesDto })
  async confirm(@CurrentUser() user: AuthenticatedUser, @Body() dto: TotpDto): Promise<RecoveryCodesDto> {
    sessionOnly(user);
    return { recoveryCodes: await this.mfa.confirm(user.id, dto.totp) };
  }

  @Post('disable')
  @Policy('owner')
  @HttpCode(204)
  @ApiNoContentResponse()
  async disable(@CurrentUser() user: AuthenticatedUser, @Body() dto: TotpDto): Promise<void> {
    sessionOnly(user);
    await this.mfa.disable(user.id, dto.totp);
  }

  @Post('recovery-codes')
  @Policy('owner')
  @HttpCode(200)
  @ApiOkResponse({ type: RecoveryCodesDto })
  async regenerate(@CurrentUser() user: AuthenticatedUser, @Body() dto: TotpDto): Promise<RecoveryCodesDto> {
    sessionOnly(user);
    return { recoveryCodes: await this.mfa.regenerateRecoveryCodes(user.id, dto.totp) };
  }
}
