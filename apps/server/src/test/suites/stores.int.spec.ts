// One module load for the integration parts whose behaviour depends on the store (each runs on every store, its apps its own); each part sits beside the code it tests.
import './share-apps';
import '../../modules/workflow/workflow.int.part';
import '../../modules/versions/versions.int.part';
import '../../modules/proposals/proposal-accept.int.part';
import '../../modules/mail/outbox.int.part';
import '../../modules/audit/audit-lockdown.int.part';
import '../../modules/auth/sign-in-limit.int.part';
import '../../common/database-input-error.int.part';
import '../../modules/account/password-reset.int.part';
