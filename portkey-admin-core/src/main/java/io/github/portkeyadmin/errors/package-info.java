/**
 * The SDK's exceptions, all unchecked, under one root: {@link
 * io.github.portkeyadmin.errors.PortkeyException}.
 *
 * <p>Non-2xx responses become a {@link io.github.portkeyadmin.errors.PortkeyApiException} or the
 * subclass named for the status; transport failures become a {@link
 * io.github.portkeyadmin.errors.PortkeyConnectionException}; a 2xx body that cannot be read becomes
 * a {@link io.github.portkeyadmin.errors.MalformedResponseException}; a refused redirect, a body over
 * the size limit and an interrupt have their own types. No message ever contains the API key or a
 * signed URL's credentials.
 */
@PortkeyStyle
package io.github.portkeyadmin.errors;

import io.github.portkeyadmin.internal.PortkeyStyle;
