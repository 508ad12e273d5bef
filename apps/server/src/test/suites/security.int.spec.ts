// One module load for the security parts that walk the running app (its inputs, its sockets, rich text already stored).
import './share-apps';
import '../security/input-walk.security.int.part';
import '../security/sockets.security.int.part';
import '../security/stored-content.security.int.part';
