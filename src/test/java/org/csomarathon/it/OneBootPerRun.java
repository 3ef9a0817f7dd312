package org.csomarathon.it;

import java.net.URI;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

/**
 * One Payara Micro for the whole test run. The Payara Micro adapter boots a server for every
 * deployment and stops it at undeployment, so ten test classes cost ten boots. Every class deploys
 * the same WAR ({@link Deployments#marathon()}), so the first class's deployment is kept: later
 * classes receive its address without deploying, no class undeploys, and the server stops once,
 * after the last class (or with the test JVM, by the adapter's shutdown hook).
 *
 * <p>Registered through {@code META-INF/services/org.jboss.arquillian.core.spi.LoadableExtension}.
 * It runs inside Arquillian's deployment context (precedence below the context handler's 0), so
 * the address is set where {@code @ArquillianResource URL} looks for it.
 */
public class OneBootPerRun implements LoadableExtension {

    /** The deployed application's address on the loopback, once the first class has deployed it. */
    static URI address() {
        if (KeptDeployment.address == null) {
            throw new IllegalStateException("Marathon is not deployed yet");
        }
        HTTPContext http = KeptDeployment.address.getContexts(HTTPContext.class).iterator().next();
        return URI.create("http://127.0.0.1:" + http.getPort() + "/marathon/");
    }

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(KeptDeployment.class);
    }

    /** The deployment kept for the run, and the observer that reuses it. */
    public static class KeptDeployment {

        private static DeployableContainer<?> container;
        private static DeploymentDescription description;
        private static ProtocolMetaData address;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> deploymentDescription;

        public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> event) {
            if (address == null) {
                event.proceed();
                container = event.getEvent().getDeployableContainer();
                description = event.getEvent().getDeployment().getDescription();
                address = protocolMetaData.get();
                return;
            }
            Deployment reused = event.getEvent().getDeployment();
            deployment.set(reused);
            deploymentDescription.set(reused.getDescription());
            protocolMetaData.set(address);
            reused.deployed();
        }

        public void keepDeployed(@Observes(precedence = -10) EventContext<UnDeployDeployment> event) {
            // The server outlives the class; stopAtTheEnd stops it.
        }

        public void stopAtTheEnd(@Observes AfterSuite event) throws Exception {
            if (container != null) {
                container.undeploy(description.getTestableArchive() != null
                        ? description.getTestableArchive() : description.getArchive());
                container = null;
                address = null;
            }
        }
    }
}
