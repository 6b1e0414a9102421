public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``SetVmClockTrack``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let setVmClockTrackExample = #"""
        {
          "inventory": {
            "uuid": "9e1666086bac152062eeecea955f7775",
            "name": "name",
            "description": "description",
            "zoneUuid": "e73b8c85c79983920fbaaed8a9b9d9ee",
            "clusterUuid": "f5c1a05a0651b6fbb3a176d172e9f339",
            "imageUuid": "13bec7f6fd2f2cd2f27ccbe8d9a2b637",
            "hostUuid": "4e0cd2eadc50fab2d4dcdab47b68bffa",
            "lastHostUuid": "cc5a81c3e706db6a98126818fd8516aa",
            "instanceOfferingUuid": "53ae40c9323d005521c3d1de103e791e",
            "rootVolumeUuid": "ca424e95df4cc730a8a6839ac52aa2db",
            "platform": "platform",
            "architecture": "architecture",
            "defaultL3NetworkUuid": "88f9cf37c8253ca6792748df7326fa5c",
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
                "uuid": "c6c5c8983ce038c492bf2a73fe06afba",
                "vmInstanceUuid": "ecf29aa27436ce80b7fba45c385074c0",
                "l3NetworkUuid": "c9e60119968416cedb101f7b21b5e97a",
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
                    "uuid": "c7370bd1a7f67870af3f1fc7bbd11940",
                    "ipRangeUuid": "5256dead1db49b9b630c01d15cc29581",
                    "l3NetworkUuid": "fe5bcb0e21af6fce72c28d37f04a2a27",
                    "ipVersion": 1,
                    "ip": "ip",
                    "netmask": "netmask",
                    "gateway": "gateway",
                    "usedFor": "usedFor",
                    "ipInLong": 1,
                    "ipInBinary": [
                      1
                    ],
                    "vmNicUuid": "07a1687b5e1ba1e6d337993542d05d1e",
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
                "uuid": "e427b5015805a34c58b55c03cea668d6",
                "name": "name",
                "description": "description",
                "primaryStorageUuid": "d6708f9bc129a2a979da28efb07acb96",
                "vmInstanceUuid": "808b2a65dbf0dea03c66d735c05521bf",
                "diskOfferingUuid": "3708fc33709f4b6f298ec9cdb794afb1",
                "rootImageUuid": "04d9c80b5b24948ad6f69de77cf4c2b1",
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
                "lastVmInstanceUuid": "712b47da9dd365ac2d5f7426c245cfed"
              }
            ],
            "vmCdRoms": [
              {
                "uuid": "35e7583b97e67cf11186e28f65fe84dc",
                "vmInstanceUuid": "053555c96a7f45d978fae12149a7149e",
                "deviceId": 1,
                "isoUuid": "4a4deaa7b31a80a7994ac3c5bd79a5ca",
                "isoInstallPath": "isoInstallPath",
                "name": "name",
                "description": "description",
                "createDate": "Jan 6, 2017 3:51:16 AM",
                "lastOpDate": "Jan 6, 2017 3:51:16 AM"
              }
            ],
            "guestOsType": "guestOsType"
          },
          "success": true
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func setVmClockTrack(
        _ request: SetVmClockTrack.Request
    ) async throws -> SetVmClockTrack.Response {
        try Self.example(SetVmClockTrack.Response.self, json: Self.setVmClockTrackExample)
    }
}
