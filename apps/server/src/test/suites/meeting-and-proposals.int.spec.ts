// One app for the integration parts about meetings, proposals and suggestions; each part sits beside the code it tests.
import './share-apps';
import '../../modules/meetings/meetings.int.part';
import '../../modules/meetings/meeting-visibility.int.part';
import '../../modules/meetings/meeting-start.int.part';
import '../../modules/meetings/meeting-agenda.int.part';
import '../../modules/proposals/proposals.int.part';
import '../../modules/proposals/proposal-permissions.int.part';
import '../../modules/proposals/proposal-own-words.int.part';
import '../../modules/suggestions/suggestions.int.part';
import '../../modules/suggestions/suggestion-threads.int.part';
import '../../modules/suggestions/goal-suggestions.int.part';
