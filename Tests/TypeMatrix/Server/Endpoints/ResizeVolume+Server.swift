import MatrixAPI

/// The server side of ``ResizeVolume``: reads a call's inputs and calls the handler.
///
/// `PUT /matrix/v1/volumes/{volumeUuid}/actions`, synchronous.
nonisolated enum ResizeVolumeServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: ResizeVolume.operation, bodyWrapper: "resizeVolume") { call in
            let request = try call.decodeBody(wrapper: "resizeVolume") { body in
                let size = try body.wrappedField(Int64.self, "size")
                return ResizeVolume.Request(
                    volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                    size: try call.required(size, .bodyField("resizeVolume.size"))
                )
            }
            return { try await handler.resizeVolume(request) }
        }
    }
}
