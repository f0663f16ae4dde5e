/** The case model: cooperation modes, internships, the R\&D consortium, teachers' enterprise practice and committees. */
@Export
@Version("1.0.0")
package org.hezuo.api.model;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
