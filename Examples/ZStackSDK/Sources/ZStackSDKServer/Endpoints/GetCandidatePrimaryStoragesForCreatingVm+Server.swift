import ZStackSDK

/// The server side of ``GetCandidatePrimaryStoragesForCreatingVm``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/candidate-storages`, synchronous.
nonisolated enum GetCandidatePrimaryStoragesForCreatingVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: GetCandidatePrimaryStoragesForCreatingVm.operation, bodyWrapper: nil) { call in
            let request = GetCandidatePrimaryStoragesForCreatingVm.Request(
                imageUuid: try call.required(
                    try call.queryParameter("imageUuid", as: String.self),
                    .queryParameter("imageUuid")
                ),
                l3NetworkUuids: try call.required(
                    try call.queryParameters("l3NetworkUuids", as: String.self),
                    .queryParameter("l3NetworkUuids")
                ),
                rootDiskOfferingUuid: try call.queryParameter("rootDiskOfferingUuid", as: String.self),
                rootDiskSize: try call.queryParameter("rootDiskSize", as: Int64.self),
                dataDiskOfferingUuids: try call.queryParameters("dataDiskOfferingUuids", as: String.self),
                dataDiskSizes: try call.queryParameters("dataDiskSizes", as: Int64.self),
                zoneUuid: try call.queryParameter("zoneUuid", as: String.self),
                clusterUuid: try call.queryParameter("clusterUuid", as: String.self),
                defaultL3NetworkUuid: try call.queryParameter("defaultL3NetworkUuid", as: String.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.getCandidatePrimaryStoragesForCreatingVm(request) }
        }
    }
}
