package org.jiamusi.vet.web;

import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URL;

/**
 * A test that visits the deployed WAR from outside, as a reader's client does: it runs beside the
 * server, not in it, and knows the site's address. Each subclass names its own
 * {@code @Deployment}, since each deploys the fixtures it reads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class DeployedSiteTest {

    /** The site's address, ending in a slash. */
    @ArquillianResource
    URL base;
}
