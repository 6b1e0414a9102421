import MatrixAPI

/// The server side of ``GetVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `GET /matrix/v1/volumes/{volumeUuid}/snapshots/{uuid}`, synchronous.
nonisolated enum GetVolumeSnapshotServerEndpoint: MatrixServerEndpointDefinition {
    static func endpoint(calling handler: some MatrixAPIHandler) -> MatrixServerEndpoint {
        MatrixServerEndpoint(operation: GetVolumeSnapshot.operation, bodyWrapper: nil) { call in
            let request = GetVolumeSnapshot.Request(
                volumeUuid: try call.pathParameter("volumeUuid", as: String.self),
                uuid: try call.pathParameter("uuid", as: String.self)
            )
            return { try await handler.getVolumeSnapshot(request) }
        }
    }
}
