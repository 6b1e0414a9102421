import ZStackSDK

/// The server side of ``SetVmClockTrack``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmClockTrackServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmClockTrack.operation, bodyWrapper: "setVmClockTrack") { call in
            let request = try call.decodeBody(wrapper: "setVmClockTrack") { body in
                let track = try body.wrappedField(SetVmClockTrackTrack.self, "track")
                let syncAfterVMResume = try body.wrappedField(Bool.self, "syncAfterVMResume")
                let intervalInSeconds = try body.wrappedField(
                    SetVmClockTrackIntervalInSeconds.self,
                    "intervalInSeconds"
                )
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SetVmClockTrack.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    track: try call.required(track, .bodyField("setVmClockTrack.track")),
                    syncAfterVMResume: syncAfterVMResume,
                    intervalInSeconds: intervalInSeconds,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.setVmClockTrack(request) }
        }
    }
}
