/** Side-effect module: installs portableMath in this realm as soon as it is imported (see installPortableMath.ts). */
import {installPortableMath} from "./installPortableMath.js";

installPortableMath();
