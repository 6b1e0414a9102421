import ZStackClient

/// The server side of ``ResizeVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/volumes/{uuid}/actions`, synchronous.
nonisolated enum ResizeVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ResizeVolume.operation, bodyWrapper: "resizeVolume") { call in
            let request = try call.decodeBody(wrapper: "resizeVolume") { body in
                let size = try body.wrappedField(Int64.self, "size")
                let force = try body.wrappedField(Bool.self, "force")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                return ResizeVolume.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    size: try call.required(size, .bodyField("resizeVolume.size")),
                    force: force,
                    systemTags: systemTags
                )
            }
            return { try await handler.resizeVolume(request) }
        }
    }
}
