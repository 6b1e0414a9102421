import ZStackSDK

/// The server side of ``GetCandidateZonesClustersHostsForCreatingVm``: reads a call's inputs and calls the handler.
///
/// `GET /zstack/v1/vm-instances/candidate-destinations`, synchronous.
nonisolated enum GetCandidateZonesClustersHostsForCreatingVmServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: GetCandidateZonesClustersHostsForCreatingVm.operation,
            bodyWrapper: nil
        ) { call in
            let request = GetCandidateZonesClustersHostsForCreatingVm.Request(
                imageUuid: try call.required(
                    try call.queryParameter("imageUuid", as: String.self),
                    .queryParameter("imageUuid")
                ),
                l3NetworkUuids: try call.required(
                    try call.queryParameters("l3NetworkUuids", as: String.self),
                    .queryParameter("l3NetworkUuids")
                ),
                instanceOfferingUuid: try call.queryParameter("instanceOfferingUuid", as: String.self),
                rootDiskOfferingUuid: try call.queryParameter("rootDiskOfferingUuid", as: String.self),
                dataDiskOfferingUuids: try call.queryParameters("dataDiskOfferingUuids", as: String.self),
                zoneUuid: try call.queryParameter("zoneUuid", as: String.self),
                clusterUuid: try call.queryParameter("clusterUuid", as: String.self),
                defaultL3NetworkUuid: try call.queryParameter("defaultL3NetworkUuid", as: String.self),
                cpuNum: try call.queryParameter("cpuNum", as: Int.self),
                memorySize: try call.queryParameter("memorySize", as: Int64.self),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self),
                rootDiskSize: try call.queryParameter("rootDiskSize", as: Int64.self)
            )
            return { try await handler.getCandidateZonesClustersHostsForCreatingVm(request) }
        }
    }
}
