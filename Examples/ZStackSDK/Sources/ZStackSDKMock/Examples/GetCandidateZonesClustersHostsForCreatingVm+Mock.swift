public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateZonesClustersHostsForCreatingVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateZonesClustersHostsForCreatingVmExample = #"""
        {
          "zones": [
            {
              "uuid": "9ef1c6d120642bf354ad0462e87b8ee1",
              "name": "name",
              "description": "description",
              "state": "state",
              "type": "type",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "clusters": [
            {
              "name": "name",
              "uuid": "67e507ce0907057ec6ac0fe8c69dd937",
              "description": "description",
              "state": "state",
              "hypervisorType": "hypervisorType",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "zoneUuid": "fad70df0cc65be4cf632312778e07fcc",
              "type": "type"
            }
          ],
          "hosts": [
            {
              "zoneUuid": "0960495de5f2f169e341e7968016194c",
              "name": "name",
              "uuid": "e2382be41f7747037432389fcbb88219",
              "clusterUuid": "0fc15472f6cb23328eac6228e4a39d8f",
              "description": "description",
              "managementIp": "managementIp",
              "hypervisorType": "hypervisorType",
              "state": "state",
              "status": "status",
              "totalCpuCapacity": 1,
              "availableCpuCapacity": 1,
              "cpuSockets": 1,
              "totalMemoryCapacity": 1,
              "availableMemoryCapacity": 1,
              "cpuNum": 1,
              "ipmiAddress": "ipmiAddress",
              "ipmiUsername": "ipmiUsername",
              "ipmiPort": 1,
              "ipmiPowerStatus": "ipmiPowerStatus",
              "architecture": "architecture",
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM"
            }
          ],
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateZonesClustersHostsForCreatingVm(
        _ request: GetCandidateZonesClustersHostsForCreatingVm.Request
    ) async throws -> GetCandidateZonesClustersHostsForCreatingVm.Response {
        try Self.example(GetCandidateZonesClustersHostsForCreatingVm.Response.self, json: Self.getCandidateZonesClustersHostsForCreatingVmExample)
    }
}
