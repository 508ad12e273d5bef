// One app for the integration parts about people, their accounts and the district; each part sits beside the code it tests.
import './share-apps';
import '../../modules/account/account.int.part';
import '../../modules/auth/auth.int.part';
import '../../modules/district/district.int.part';
import '../../modules/district/letterhead.int.part';
import '../../modules/invitations/invitations.int.part';
import '../../modules/team/team.int.part';
import '../../modules/record/record.int.part';
import '../../modules/command/command-runner.int.part';
import '../../modules/audit/access-log.int.part';
