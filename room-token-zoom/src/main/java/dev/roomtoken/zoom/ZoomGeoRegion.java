package dev.roomtoken.zoom;

/**
 * The regions Zoom's {@code geo_regions} claim takes, which limit where a session's data is
 * routed. The list is the one Zoom's own Video SDK auth endpoint sample checks against
 * (<a href="https://github.com/zoom/videosdk-auth-endpoint-sample/blob/master/src/index.js">videosdk-auth-endpoint-sample</a>,
 * whose validations "should match Zoom Video SDK's documentation",
 * <a href="https://developers.zoom.us/docs/video-sdk/auth/#payload">developers.zoom.us/docs/video-sdk/auth/#payload</a>);
 * the claim is the codes joined with commas, such as {@code US,DE}.
 *
 * @since 0.1.0
 */
public enum ZoomGeoRegion {

    /** Australia. */
    AU,

    /** Brazil. */
    BR,

    /** Canada. */
    CA,

    /** China. */
    CN,

    /** Germany. */
    DE,

    /** Hong Kong. */
    HK,

    /** India. */
    IN,

    /** Japan. */
    JP,

    /** Mexico. */
    MX,

    /** The Netherlands. */
    NL,

    /** Singapore. */
    SG,

    /** The United States. */
    US
}
