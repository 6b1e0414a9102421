import ZStackSDK

/// The server side of ``CheckVolumeSnapshotGroupAvailability``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/volume-snapshots/groups/availabilities`, synchronous.
nonisolated enum CheckVolumeSnapshotGroupAvailabilityServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CheckVolumeSnapshotGroupAvailability.operation, bodyWrapper: nil) { call in
            let request = CheckVolumeSnapshotGroupAvailability.Request(
                uuids: try call.required(try call.queryParameters("uuids", as: String.self), .queryParameter("uuids")),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.checkVolumeSnapshotGroupAvailability(request) }
        }
    }
}
