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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "setVmClockTrack")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let track: SetVmClockTrackTrack?
            let syncAfterVMResume: Bool?
            let intervalInSeconds: SetVmClockTrackIntervalInSeconds?
            let systemTags: [String]?
            let userTags: [String]?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.track = try object.optionalValue(SetVmClockTrackTrack.self, forKey: "track")
                self.syncAfterVMResume = try object.optionalValue(Bool.self, forKey: "syncAfterVMResume")
                self.intervalInSeconds = try object.optionalValue(
                    SetVmClockTrackIntervalInSeconds.self,
                    forKey: "intervalInSeconds"
                )
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
            }
        }
    }
}
