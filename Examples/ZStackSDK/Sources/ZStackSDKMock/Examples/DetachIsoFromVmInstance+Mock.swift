public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``DetachIsoFromVmInstance``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let detachIsoFromVmInstanceExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "260810b8ca82895abfe95b6bafe68abf",
            "name": "name",
            "description": "description",
            "zoneUuid": "2762134fa2799a388c55a8c7f59ce827",
            "clusterUuid": "aba7999a232d4f014ab61c858f501fcf",
            "imageUuid": "dda5b752c689d4dc85c65e678d96b4bf",
            "hostUuid": "ca116ad15632877c55e455fa23d3efef",
            "lastHostUuid": "ad5f0489a6defce8c3736b24566268b4",
            "instanceOfferingUuid": "93e8d56747870087d142d69e5bf2f864",
            "rootVolumeUuid": "bbd05e66f676c332e0c78d7f7f87a4fe",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "e36c31e988491104d781616b0266d8d9",
            "type": "type",
            "hypervisorType": "hypervisorType",
            "memorySize": 1,
            "cpuNum": 1,
            "cpuSpeed": 1,
            "allocatorStrategy": "allocatorStrategy",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "state": "state",
            "vmNics": [
              {
                "uuid": "b4c66c9e77473d72c2873c13e70a2497",
                "vmInstanceUuid": "8e6db73140d4cfc6c85c74e225b394b4",
                "l3NetworkUuid": "863a002a501e90b8079f7c5d7da3185e",
                "ip": "ip",
                "mac": "mac",
                "hypervisorType": "hypervisorType",
                "netmask": "netmask",
                "gateway": "gateway",
                "metaData": "metaData",
                "ipVersion": 1,
                "driverType": "driverType",
                "usedIps": [
                  {
                    "uuid": "e86a93f5114e20d6b7a217aeba0ff2e6",
                    "ipRangeUuid": "0ef1767fe51b9439f81039656235e7e1",
                    "l3NetworkUuid": "79e18dff6e3e524484ebd978080d14bc",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "8a872c477292ca488d174936ad4487ab",
                    "createDate": "Jan 6, 2017 3:51:16 AM",
                    "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                  }
                ],
                "internalName": "internalName",
                "deviceId": 1,
                "type": "type",
                "state": "state",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "allVolumes": [
              {
                "uuid": "f0cf4ff35f55788673bcb11310274de6",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "2d895041ff203aff2ca81a60462c864d",
                "vmInstanceUuid": "80e804ed2d551f32aafffa78f62cdcb7",
                "diskOfferingUuid": "af1cf3a328e38c81dbc085d116f9236d",
                "rootImageUuid": "f61e23538ec311f8909f784449f0ba24",
                "installPath": "installPath",
                "type": "type",
                "format": "format",
                "size": 1,
                "actualSize": 1,
                "deviceId": 1,
                "state": "state",
                "status": "status",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM",
                "isShareable": true,
                "volumeQos": "volumeQos",
                "lastDetachDate": "Jan 6, 2017 3:51:16 AM",
                "lastVmInstanceUuid": "ec38f13bee2b6e6a9f565c951acedb0b"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "5e1cdce8995e70bf2185d75a0b9a4f7e",
                "vmInstanceUuid": "fc6bd0f405819e5fbec9032afa0912c2",
                "deviceId": 1,
                "isoUuid": "8fd44369662c858df133aa15bfd8d4c4",
                "isoInstallPath": "isoInstallPath",
                "name": "name",
                "description": "description",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "guestOsType": "guestOsType"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func detachIsoFromVmInstance(
        _ request: DetachIsoFromVmInstance.Request
    ) async throws -> DetachIsoFromVmInstance.Response {
        try Self.example(DetachIsoFromVmInstance.Response.self, json: Self.detachIsoFromVmInstanceExample)
    }
}
