import MatrixAPI

/// The server side of ``StopVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous.
nonisolated enum StopVolumeServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: StopVolume.operation, bodyWrapper: "stopVolume") { call in
            let request = try call.decodeBody(wrapper: "stopVolume") { body in
                let force = try body.wrappedField(Bool.self, "force")
                return StopVolume.Request(
                    volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                    force: try call.required(force, .bodyField("stopVolume.force"))
                )
            }
            return { try await handler.stopVolume(request) }
        }
    }
}
