import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { AuthenticatedUser, CurrentUser, Policy, ProblemException } from '@welness/platform';
import { AuthThrottlerGuard } from '../throttle/auth-throttler.guard';
import { AcceptedDto, ChangePasswordDto, EmailDto, ResetPasswordDto, TokenDto } from './password.dto';
import { PasswordService } from './password.service';

@ApiTags('auth')
@Controller('auth')
@UseGuards(AuthThrottlerGuard)
export class PasswordController {
  constructor(private readonly passwords: PasswordService) {}

  @Post('password/change')
  @Policy('owner')
  @SkipThrottle({ 'auth-account': true })
  @ApiBearerAuth('bearer')
  @HttpCode(204)
  @ApiNoContentResponse()
  async change(@CurrentUser() user: AuthenticatedUser, @Body() dto: ChangePasswordDto): Promise<void> {
    if (user.via !== 'jwt')
      throw new ProblemException(403, 'forbidden', 'Forbidden', 'API keys cannot change passwords.');
    await this.passwords.change(user.id, dto.currentPassword, dto.newPassword);
  }

  @Post('password/reset-request')
  @Policy('public')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: AcceptedDto,
    description: 'same answer whether or not the address has an account',
  })
  async requestReset(@Body() dto: EmailDto): Promise<AcceptedDto> {
    await this.passwords.requestReset(dto.email.toLowerCase());
    return { accepted: true };
  }

  @Post('password/reset')
  @Policy('public')
  @HttpCode(204)
  @ApiNoContentResponse()
  async reset(@Body() dto: ResetPasswordDto): Promise<void> {
    await this.passwords.reset(dto.token, dto.newPassword);
  }

  @Post('email/verify-request')
  @Policy('owner')
  @ApiBearerAuth('bearer')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: AcceptedDto })
  async requestVerification(@CurrentUser() user: AuthenticatedUser): Promise<AcceptedDto> {
    await this.passwords.requestVerification(user.id);
    return { accepted: true };
  }

  @Post('email/verify')
  @Policy('public')
  @HttpCode(204)
  @ApiNoContentResponse()
  async verify(@Body() dto: TokenDto): Promise<void> {
    await this.passwords.verifyEmail(dto.token);
  }
}
