package dev.roomtoken.autoconfigure;

import java.util.Locale;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * Marks the template of the provider named by {@code roomtoken.provider} as primary when both
 * providers' templates are defined, so injecting {@code RoomTokenTemplate} gets the chosen one
 * while both stay available by name.
 */
final class PrimaryRoomTokenTemplate implements BeanFactoryPostProcessor {

    static final String SIGNALWIRE_BEAN = "signalWireRoomTokenTemplate";

    static final String TELNYX_BEAN = "telnyxRoomTokenTemplate";

    private final Environment environment;

    PrimaryRoomTokenTemplate(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
        String provider = this.environment.getProperty("roomtoken.provider", "").trim().toLowerCase(Locale.ROOT);
        if (!beanFactory.containsBeanDefinition(SIGNALWIRE_BEAN) || !beanFactory.containsBeanDefinition(TELNYX_BEAN)) {
            return;
        }
        if (provider.equals("signalwire")) {
            beanFactory.getBeanDefinition(SIGNALWIRE_BEAN).setPrimary(true);
        }
        else if (provider.equals("telnyx")) {
            beanFactory.getBeanDefinition(TELNYX_BEAN).setPrimary(true);
        }
    }
}
