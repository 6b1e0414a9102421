import ZStackSDK

/// The server side of ``SetVmClockTrack``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmClockTrackServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmClockTrack.operation, bodyWrapper: "setVmClockTrack") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmClockTrack.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                track: try call.required(body.wrapped?.track, .bodyField("setVmClockTrack.track")),
                syncAfterVMResume: body.wrapped?.syncAfterVMResume,
                intervalInSeconds: body.wrapped?.intervalInSeconds,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setVmClockTrack(request) }
        }
    }

    /// The JSON body of a request: `{"setVmClockTrack": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "setVmClockTrack"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var track: SetVmClockTrackTrack?
            var syncAfterVMResume: Bool?
            var intervalInSeconds: SetVmClockTrackIntervalInSeconds?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case track = "track"
                case syncAfterVMResume = "syncAfterVMResume"
                case intervalInSeconds = "intervalInSeconds"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
