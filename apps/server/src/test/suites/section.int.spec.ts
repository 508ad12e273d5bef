// One app for the integration parts about the section, its comments, notices, notifications and sign-off; each part sits beside the code it tests.
import './share-apps';
import '../../modules/ot-section/ot-section.int.part';
import '../../modules/ot-section/record-removal.int.part';
import '../../modules/comments/comments.int.part';
import '../../modules/comments/comments-visibility.int.part';
import '../../modules/comments/comments-anchor.int.part';
import '../../modules/export/export.int.part';
import '../../modules/notices/notices.int.part';
import '../../modules/notifications/notifications.int.part';
import '../../modules/workflow/compliance-gate.int.part';
import '../../modules/signoff/signoff.int.part';
