package tally.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class NettyBuffersTest {

    @Test
    void the_server_takes_netty_s_pooled_buffers_unless_the_user_chose_others() {
        var none = new Properties();
        NettyBuffers.choosePooledUnlessChosen(none);
        assertThat(none.getProperty(NettyBuffers.ALLOCATOR)).isEqualTo("pooled");

        var chosen = new Properties();
        chosen.setProperty(NettyBuffers.ALLOCATOR, "adaptive");
        NettyBuffers.choosePooledUnlessChosen(chosen);
        assertThat(chosen.getProperty(NettyBuffers.ALLOCATOR)).isEqualTo("adaptive");
    }
}
