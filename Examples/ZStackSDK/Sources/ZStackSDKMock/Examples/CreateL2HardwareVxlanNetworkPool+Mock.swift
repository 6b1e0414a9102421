public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``CreateL2HardwareVxlanNetworkPool``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let createL2HardwareVxlanNetworkPoolExample = #"""
        {
          "success": true,
          "inventory": {
            "sdnControllerUuid": "053aef7a1cee041c1c52e74f859aded1",
            "attachedVtepRefs": [
              {
                "uuid": "ecf53316618aa085c3ecd9f7a36eb4f5",
                "hostUuid": "49c80e7660486cbf04f9a38d02aaaba7",
                "vtepIp": "vtepIp",
                "port": 1,
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "poolUuid": "c90b6f78c358907b2d65cc977c0b66f4"
              }
            ],
            "attachedVxlanNetworkRefs": [
              {
                "vni": 1,
                "poolUuid": "3271aa866bb9315554b37716657c6f1e",
                "uuid": "17e595d1b781a60763ae6f472cbad66e",
                "name": "name",
                "description": "description",
                "zoneUuid": "32195e8ecac5694d63210158fc5cb07e",
                "physicalInterface": "physicalInterface",
                "type": "type",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "attachedClusterUuids": [
                  "attachedClusterUuids"
                ]
              }
            ],
            "attachedVniRanges": [
              {
                "uuid": "e0a30d55108924b6bdf1f314d39558d1",
                "name": "name",
                "description": "description",
                "startVni": 1,
                "endVni": 1,
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "l2NetworkUuid": "335e9a64c3c64c3dcd186ab976d030e4"
              }
            ],
            "attachedCidrs": {
              "key": "attachedCidrs"
            },
            "uuid": "c9eddb7f992a58f893f309be7549703f",
            "name": "name",
            "description": "description",
            "zoneUuid": "5e3229b340be4986828203d31d616703",
            "physicalInterface": "physicalInterface",
            "type": "type",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "attachedClusterUuids": [
              "attachedClusterUuids"
            ]
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func createL2HardwareVxlanNetworkPool(
        _ request: CreateL2HardwareVxlanNetworkPool.Request
    ) async throws -> CreateL2HardwareVxlanNetworkPool.Response {
        try Self.example(CreateL2HardwareVxlanNetworkPool.Response.self, json: Self.createL2HardwareVxlanNetworkPoolExample)
    }
}
